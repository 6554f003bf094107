# Q: NaN gradient from cdist when two points are equal?
import torch

a = torch.tensor([[0.0, 0.0], [1.0, 1.0]], requires_grad=True)
b = torch.tensor([[0.0, 0.0]])
d = torch.cdist(a, b)
d.sum().backward()
print(d, a.grad)
a.grad = None
pd = torch.nn.functional.pairwise_distance(a, b.expand(2, 2))
pd.sum().backward()
print(pd, a.grad)
