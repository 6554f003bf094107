# Q: building tensors from lists of numpy arrays, mixed int/float lists, and nested lists of different lengths.
import numpy as np
import torch

print(torch.tensor([1, 2.5, 3]), torch.tensor([1, True]), torch.tensor([True, False]).dtype)
print(torch.tensor(np.array([1, 2], dtype=np.int32)), torch.tensor(np.float32(2.5)), torch.tensor(np.array(3.0)))
arrs = [np.ones(2), np.zeros(2)]
print(torch.tensor(np.stack(arrs)), torch.from_numpy(np.array([1.5, 2.5], dtype=np.float16)))
try:
    torch.tensor([[1, 2], [3]])
except ValueError as e:
    print(e)
try:
    torch.tensor(['a', 'b'])
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
print(torch.tensor([[1, 2], [3, 4]], dtype=torch.float16), torch.as_tensor([1, 2], dtype=torch.float64))
print(torch.Tensor([1, 2]), torch.Tensor(2, 3).shape, torch.LongTensor([1.7, 2.2]), torch.FloatTensor([1, 2]))
print(torch.tensor(range(5)), torch.tensor((1.0, 2.0)), torch.tensor([np.float64(1.5), 2]))
