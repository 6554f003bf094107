"""An overview of common dtypes and their properties."""
import torch

dtypes = [torch.float16, torch.bfloat16, torch.float32, torch.float64, torch.int8, torch.int64, torch.bool]
print(f"{'dtype':<16}{'bytes':>6}{'float?':>8}{'signed?':>9}")
for dt in dtypes:
    t = torch.zeros(1, dtype=dt)
    print(f"{str(dt):<16}{t.element_size():>6}{str(dt.is_floating_point):>8}{str(dt.is_signed):>9}")
print(torch.finfo(torch.float32).eps, torch.finfo(torch.float16).max)
print(torch.iinfo(torch.int8))
