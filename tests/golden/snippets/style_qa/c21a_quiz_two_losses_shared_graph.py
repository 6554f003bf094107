# Quiz: two losses share a trunk. Backward each; what ends up in w.grad?
import torch

w = torch.tensor(1.0, requires_grad=True)
trunk = w * 4
loss_a = trunk ** 2
loss_b = trunk * 3
loss_a.backward(retain_graph=True)
print(w.grad)
loss_b.backward()
print(w.grad)
try:
    loss_a.backward()
except RuntimeError as e:
    print(type(e).__name__, e)
