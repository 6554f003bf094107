# Quiz 29: same loss computed twice without retain_graph
import torch

w = torch.tensor(2.0, requires_grad=True)
loss = w * 3
loss.backward()
loss.backward()
print(w.grad)
loss2 = torch.exp(w)
loss2.backward()
try:
    loss2.backward()
except RuntimeError as e:
    print(str(e).split(".")[0])
