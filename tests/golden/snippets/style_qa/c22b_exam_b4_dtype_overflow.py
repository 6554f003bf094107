import torch

# Exam B4-10. What happens on overflow in each dtype?
print(torch.tensor([127], dtype=torch.int8) + 1)
print(torch.tensor([255], dtype=torch.uint8) + torch.tensor([1], dtype=torch.uint8))
print(torch.tensor([60000.0], dtype=torch.float16) * 2)
print(torch.tensor([3.0e38]) * 10)
print(torch.tensor([1e-45]) / 10, torch.tensor([2 ** 24 + 1], dtype=torch.float32).long())
print(torch.iinfo(torch.int16).max, torch.finfo(torch.bfloat16).eps)
