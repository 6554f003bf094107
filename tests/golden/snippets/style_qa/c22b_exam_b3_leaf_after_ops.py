import torch

# Exam B3-10. w = torch.randn(2, 2, requires_grad=True) * 0.01 -- why is w.grad None?
torch.manual_seed(0)
w = torch.randn(2, 2, requires_grad=True) * 0.01
(w.sum()).backward()
print(w.is_leaf, w.grad)
w2 = (torch.randn(2, 2) * 0.01).requires_grad_()
w2.sum().backward()
print(w2.is_leaf, w2.grad)
