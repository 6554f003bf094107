import torch

# Exam B2-5. What does print show for each dtype?
print(torch.tensor([1, 2], dtype=torch.int8))
print(torch.tensor([1.5, 2.25], dtype=torch.float16))
print(torch.tensor([1.0, 2.0], dtype=torch.float64))
print(torch.tensor([True, False]))
print(torch.tensor([1 + 2j, -0.5j]))
print(torch.tensor([1.0, 2.0], dtype=torch.bfloat16, requires_grad=True))
print(torch.tensor([1e-5, 1e5]))
print(torch.tensor([0.1, 123456.789]))
