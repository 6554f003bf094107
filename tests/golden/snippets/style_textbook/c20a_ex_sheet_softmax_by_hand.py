# Exercise: implement a numerically stable softmax and compare with torch.softmax
import torch

def softmax(x, dim=-1):
    z = x - x.max(dim=dim, keepdim=True).values
    e = z.exp()
    return e / e.sum(dim=dim, keepdim=True)

torch.manual_seed(0)
x = torch.randn(2, 5) * 10
print(softmax(x))
print(torch.softmax(x, dim=-1))
print(torch.allclose(softmax(x), torch.softmax(x, -1)))
print(softmax(torch.tensor([1000.0, 1000.0])))
print(torch.exp(torch.tensor([1000.0])) / torch.exp(torch.tensor([1000.0])))
