# a numpy user checks which conversions alias: from_numpy, as_tensor, tensor, Tensor.numpy
import numpy as np
import torch

buf = np.zeros(4, dtype=np.float32)
views = {"from_numpy": torch.from_numpy(buf), "as_tensor": torch.as_tensor(buf), "tensor": torch.tensor(buf)}
buf[2] = 7.0
for name, t in views.items():
    print(name, t[2].item(), t.dtype)
alias = views["from_numpy"]
alias += 1
print(buf)
out = alias.numpy()
print(out.dtype, out is buf, np.shares_memory(out, buf))
print(torch.as_tensor(buf, dtype=torch.float64)[2], buf[2])
