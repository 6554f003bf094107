# Softmax in float16: exp overflows at 11.1, the built-in softmax shifts first
import torch

x = torch.tensor([5.0, 10.0, 12.0], dtype=torch.float16)
print(torch.exp(x))
naive = torch.exp(x) / torch.exp(x).sum()
print(naive)
print(torch.softmax(x, dim=0))
print(torch.softmax(x.float(), dim=0))
print(torch.softmax(x, dim=0, dtype=torch.float32))
