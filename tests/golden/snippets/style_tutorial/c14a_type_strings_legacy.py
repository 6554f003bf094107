# Legacy type strings tutorials print: .type(), torch.FloatTensor/LongTensor constructors, .type(dtype).
import torch

x = torch.tensor([1.7, -2.2])
print(x.type(), x.long().type(), x.type(torch.int32), x.type('torch.DoubleTensor'))
print(torch.FloatTensor([1, 2]), torch.LongTensor([3, 4]).dtype, torch.FloatTensor(2, 3).shape)
print(isinstance(x, torch.FloatTensor), isinstance(x.double(), torch.FloatTensor))
print(torch.ByteTensor([1, 0]) , torch.BoolTensor([True]), torch.Tensor([1, 2]).dtype)
print(x.is_floating_point(), x.to(torch.long), x.int(), x.bool(), x.half())
print(torch.tensor([3.99]).long(), torch.tensor([-3.99]).int())
