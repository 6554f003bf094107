import torch

print(torch.Tensor(3).shape, torch.Tensor([3]), torch.tensor(3).shape)
print(torch.FloatTensor(2, 3).shape, torch.LongTensor([1.7, 2.2]))
print(torch.Tensor([[1, 2]]).dtype, torch.IntTensor([1, 2]).dtype)
try:
    torch.Tensor(2, 3.0)
except Exception as e:
    print(type(e).__name__, str(e)[:120])
try:
    torch.LongTensor("abc")
except Exception as e:
    print(type(e).__name__, str(e)[:100])
