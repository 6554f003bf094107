import torch

correct = torch.tensor(7)
total = torch.tensor(10)
print(correct / total, correct // total, torch.div(correct, total, rounding_mode="floor"))
print(torch.tensor([7, -7]) // 2, torch.tensor([7, -7]) % 3)
print(torch.true_divide(correct, 4), (correct * 100 / total).dtype)
try:
    torch.tensor(1) / torch.tensor(0)
    print(torch.tensor(1) / torch.tensor(0), torch.tensor(1.0) // 0)
    torch.tensor(1) // torch.tensor(0)
except Exception as e:
    print(type(e).__name__, e)
