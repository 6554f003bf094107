# Q: why does my integer tensor turn into floats when I divide?
import torch

counts = torch.tensor([7, 8, 9])
print(counts / 2)
print((counts / 2).dtype)
# A: use floor division or rounding_mode if you want integers back
print(counts // 2)
print(torch.div(counts, 2, rounding_mode='floor'))
print(torch.div(-counts, 2, rounding_mode='trunc'))
print(torch.div(-counts, 2, rounding_mode='floor'))
