# loss doesn't change: I used .item() too early
import torch

torch.manual_seed(10)
w = torch.randn(1, requires_grad=True)
x = torch.tensor([2.0])
loss = ((w * x - 4) ** 2).item()
print(type(loss))
try:
    loss.backward()
except AttributeError as e:
    print("AttributeError:", e)
t = torch.tensor(loss, requires_grad=True)
t.backward()
print(w.grad, t.grad)
