import torch

# Exam B2-11. What does torch.tensor infer?
print(torch.tensor([1, 2.0]).dtype, torch.tensor([True, 2]).dtype, torch.tensor([1, 2j]).dtype)
print(torch.tensor(3).shape, torch.tensor([[1], [2]]).shape)
try:
    torch.tensor([[1, 2], [3]])
except ValueError as e:
    print("ValueError:", e)
print(torch.as_tensor([1, 2], dtype=torch.float64))
print(torch.Tensor([1, 2]).dtype, torch.LongTensor([1, 2]).dtype)
