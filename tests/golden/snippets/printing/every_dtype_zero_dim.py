import torch

for dt in [torch.float16, torch.float32, torch.float64, torch.int8, torch.uint8,
           torch.int16, torch.int32, torch.int64, torch.bool]:
    print(torch.tensor(1, dtype=dt), torch.tensor([0], dtype=dt))
