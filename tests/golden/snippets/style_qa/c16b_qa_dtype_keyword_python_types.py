# Q: can I pass float or int as dtype?
import torch

print(torch.zeros(2, dtype=float).dtype, torch.zeros(2, dtype=int).dtype, torch.zeros(2, dtype=bool).dtype)
print(torch.tensor([1, 2]).to(float).dtype, torch.ones(1).type(torch.int32).dtype)
print(torch.ones(2).type(), torch.ones(2).long().type(), torch.ones(2, dtype=torch.float64).type())
try:
    torch.ones(2).to('float32')
except RuntimeError as e:
    print(e)
