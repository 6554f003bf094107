# Q: x.type() says 'torch.FloatTensor' but x.dtype says torch.float32: the legacy type strings.
import torch

x = torch.randn(2)
print(x.type(), x.dtype, type(x))
print(torch.tensor([1, 2]).type(), torch.tensor([True]).type(), x.double().type())
print(isinstance(x, torch.FloatTensor), isinstance(x, torch.Tensor), isinstance(x, torch.LongTensor))
print(x.type(torch.IntTensor), x.type('torch.DoubleTensor').dtype)
print(torch.FloatTensor([1, 2]), torch.LongTensor(2, 2).shape, torch.ByteTensor([3]).dtype)
print(x.type(torch.float64).dtype, x.to(torch.int16).type())
print(x.is_floating_point(), torch.tensor(1).is_floating_point(), x.element_size(), torch.tensor([1]).element_size())
print(torch.is_tensor(x), torch.is_tensor([1.0]), torch.numel(torch.zeros(3, 4)))
