# Issue: "UserWarning about copy construct when building a batch from a list of tensors".
import torch

rows = [torch.tensor([1.0, 2.0]), torch.tensor([3.0, 4.0])]
batch = torch.stack(rows)
print(batch.shape)
single = torch.tensor(rows[0] * 10)
print(single)
try:
    torch.tensor(rows)
except (ValueError, TypeError) as err:
    print(type(err).__name__, err)
print(torch.as_tensor(rows[1]).data_ptr() == rows[1].data_ptr())
