# In-place methods end in an underscore and return the same tensor.
import torch

a = torch.tensor([-1.5, 0.5, 2.5])
b = a.abs_()
print(b is a, a)
a.clamp_(max=2.0).sub_(1).mul_(3)
print(a)
a.neg_()
print(a.exp_())
c = torch.tensor([4.0, 9.0])
print(c.sqrt_(), c.pow_(3), c.floor_divide_(5))
print(torch.tensor([1, 2]).unsqueeze_(0).shape, torch.ones(2, 1).squeeze_().shape)
