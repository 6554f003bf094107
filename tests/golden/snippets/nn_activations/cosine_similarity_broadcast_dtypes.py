# cosine_similarity broadcasts x1 and x2 to one shape (ExpandBackward0 on the one that grows) and needs a floating common dtype.
import torch
import torch.nn.functional as F
a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
b = torch.tensor([[1.0, 0.0, 1.0], [2.0, 4.0, 6.0]], requires_grad=True)
s = F.cosine_similarity(a, b, dim=1)
print(s, s.grad_fn.name(), s.grad_fn.next_functions[0][0].name())
s.sum().backward()
print(a.grad, b.grad)
print(F.cosine_similarity(torch.ones(2, 1, 3), torch.ones(1, 4, 3), dim=-1).shape)
print(F.cosine_similarity(torch.ones(3), torch.ones(3), dim=0))
try:
    F.cosine_similarity(torch.ones(2, 3), torch.ones(4, 3))
except RuntimeError as e:
    print(e)
try:
    F.cosine_similarity(torch.ones(3), torch.ones(2, 3), dim=0)
except RuntimeError as e:
    print(e)
print(F.cosine_similarity(torch.tensor([1, 2]), torch.tensor([1.0, 1.0]), dim=0))
try:
    F.cosine_similarity(torch.tensor([1, 2]), torch.tensor([1, 1]), dim=0)
except RuntimeError as e:
    print(e)
