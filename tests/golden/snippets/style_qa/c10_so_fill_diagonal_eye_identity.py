# Q: set the diagonal of a similarity matrix to -inf (or zero) before softmax: fill_diagonal_, eye masks, diag_embed.
import torch

torch.manual_seed(0)
z = torch.nn.functional.normalize(torch.randn(4, 3), dim=1)
sim = z @ z.T
print(sim.diag())
s1 = sim.clone().fill_diagonal_(float("-inf"))
print(s1.softmax(1))
s2 = sim.masked_fill(torch.eye(4, dtype=torch.bool), float("-inf"))
print(torch.equal(s1, s2))
s3 = sim - torch.diag_embed(sim.diagonal())
print(s3.diagonal(), torch.diag(torch.tensor([1.0, 2.0])))
w = torch.zeros(3, 5)
w.fill_diagonal_(1.0)
print(w)
print(torch.zeros(5, 3).fill_diagonal_(2, wrap=True) if False else torch.zeros(7, 3).fill_diagonal_(2, wrap=True))
x = torch.randn(3, 3, requires_grad=True)
try:
    x.fill_diagonal_(0)
except RuntimeError as e:
    print("RuntimeError:", e)
y = x * 1
y.fill_diagonal_(0)
y.sum().backward()
print(x.grad)
print(torch.eye(2, 3), torch.eye(3).bool().logical_not().nonzero().T)
