import torch

print(torch.LongTensor([1]))
print(torch.FloatTensor([1, 2]))
print(torch.DoubleTensor([1]))
print(torch.IntTensor([1.5]))
print(torch.BoolTensor([1, 0]))
print(torch.ByteTensor([1, 2]))
print(torch.FloatTensor(2, 3).shape, torch.LongTensor(3).dtype, torch.FloatTensor())
x = torch.tensor([1.5, 2.7])
print(x.type(torch.LongTensor), x.type('torch.DoubleTensor'), x.type())
print(isinstance(x, torch.FloatTensor), isinstance(x, torch.LongTensor))
print(torch.FloatTensor, torch.LongTensor.dtype, type(torch.IntTensor([1])))
try:
    torch.FloatTensor(torch.tensor([1, 2]))
except TypeError as e:
    print("TypeError:", e)
