# Quiz 6: zeroing through detach() vs through .data
import torch

p = torch.tensor([0.3, 0.6], requires_grad=True)
out = torch.exp(p)
alias = out.detach()
alias.fill_(0.0)
try:
    out.mean().backward()
    print("backward ran", p.grad)
except RuntimeError as err:
    print("caught:", err)

q = torch.tensor([0.3, 0.6], requires_grad=True)
out2 = torch.exp(q)
out2.data.fill_(0.0)
out2.mean().backward()
print("silent:", q.grad)
