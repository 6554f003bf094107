import torch

data = [[1, 2], [3, 4]]
for dt in [torch.float16, torch.float32, torch.float64, torch.int8, torch.uint8,
           torch.int16, torch.int32, torch.int64, torch.bool]:
    print(torch.tensor(data, dtype=dt))
