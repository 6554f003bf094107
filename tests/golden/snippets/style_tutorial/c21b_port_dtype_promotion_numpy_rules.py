# type promotion: numpy vs torch disagree for int tensor + python float and for float16
import numpy as np
import torch

print((np.array([1, 2]) + 0.5).dtype, (torch.tensor([1, 2]) + 0.5).dtype)
print((np.array([1, 2], dtype=np.int32) * np.float32(2)).dtype)
print((torch.tensor([1, 2], dtype=torch.int32) * torch.tensor(2.0)).dtype)
print(torch.result_type(torch.tensor([1, 2]), 1.0))
print(torch.promote_types(torch.int64, torch.float16))
print((torch.ones(2, dtype=torch.float16) + torch.ones(2, dtype=torch.float64)).dtype)
print(torch.tensor([True, False]) + 1)
