# Quiz B39: .item() in a loss cuts the graph
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
loss_val = (w ** 2).sum().item()
loss = torch.tensor(loss_val, requires_grad=True)
loss.backward()
print(loss, w.grad)
loss = (w ** 2).sum()
loss.backward()
print(w.grad)
