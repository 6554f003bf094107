# Bytes per element for the dtypes a compression tutorial compares
import torch

for dt in (torch.float64, torch.float32, torch.float16, torch.bfloat16, torch.int8, torch.uint8, torch.bool):
    t = torch.zeros(1000, dtype=dt)
    print(str(dt).ljust(15), t.element_size(), t.nbytes, dt.is_floating_point)
print(torch.zeros(3, dtype=torch.float16).to(torch.int8).dtype)
