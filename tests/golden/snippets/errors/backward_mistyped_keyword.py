# a mistyped keyword of backward: retain instead of retain_graph
import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
loss = (w * w).sum()
try:
    loss.backward(retain=True)
except TypeError as e:
    print(e)
loss.backward(retain_graph=True)
print(w.grad)
