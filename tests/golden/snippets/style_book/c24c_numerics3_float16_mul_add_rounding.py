# Section 5.19: each float16 operation rounds
import torch

a = torch.tensor([0.1, 0.2, 0.3], dtype=torch.float16)
print(a + a + a, (3 * a))
print((a * 1000).to(torch.float32))
print(torch.tensor([1024.0, 2048.0], dtype=torch.float16) + 0.5)
print(torch.tensor([1.0, 2.0, 3.0], dtype=torch.float16).mean(), torch.tensor([60000.0, 60000.0], dtype=torch.float16).mean())
