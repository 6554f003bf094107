# Quiz 69: type() vs .dtype vs .type()
import torch

x = torch.tensor([1.0, 2.0])
print(type(x), x.dtype, x.type())
print(x.type(torch.int32), x.type(torch.int32).dtype)
print(x.type("torch.DoubleTensor").dtype)
print(torch.tensor([1]).type(), torch.tensor([True]).type())
print(isinstance(x, torch.FloatTensor), isinstance(x, torch.LongTensor))
print(x.int().type(), x.half().type())
