# Q: ".item() a Tensor with 2 elements cannot be converted to Scalar"; float(), int(), bool(), and tolist.
import torch

t = torch.tensor([0.25, 0.75])
try:
    t.item()
except RuntimeError as e:
    print(e)
try:
    float(t)
except (RuntimeError, TypeError, ValueError) as e:
    print(type(e).__name__, e)
print(t.sum().item(), t[1].item(), t[[1]].item())
print(int(torch.tensor(3.99)), int(torch.tensor(-3.99)), float(torch.tensor(2)))
print(type(torch.tensor(3).item()), type(torch.tensor(3.0).item()), type(torch.tensor(True).item()))
print(torch.tensor([[1.5]]).item(), torch.ones(1, 1, 1).item())
try:
    torch.tensor([]).item()
except RuntimeError as e:
    print(e)
print(t.tolist(), torch.tensor(5).tolist(), torch.tensor([[1, 2]]).tolist())
try:
    int(torch.tensor([1, 2]))
except (RuntimeError, TypeError, ValueError) as e:
    print(type(e).__name__, e)
x = torch.tensor(2.5, requires_grad=True)
y = x * 2
print(y.item(), y.data, y.detach().numpy())
print("%.3f" % t[0], "{:.2f}".format(t[1].item()), round(t[1].item(), 1))
