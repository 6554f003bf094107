# Quiz 21: does detach copy?
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
det = x.detach()
det[0] = 10.0
print(x)
print(det.data_ptr() == x.data_ptr(), det.requires_grad)
cp = x.detach().clone()
cp[1] = -1.0
print(x, cp)
