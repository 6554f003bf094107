import torch
import torch.nn.functional as F

t = torch.tensor([1., 2., 3.])
print(torch.log_softmax(t, dim=0))
print(F.log_softmax(t, dim=0))
print(t.log_softmax(0))
print(torch.log_softmax(t, 0).exp())
print(F.log_softmax(torch.tensor([[0., 0.], [10., 0.]]), dim=1))
