# Q: errors building tensors from odd Python data.
import torch

for data in ([[1, 2], [3]], ['a', 'b'], [1, None], {'a': 1}, [[1.0, 2.0], 3.0]):
    try:
        print(torch.tensor(data))
    except (ValueError, TypeError, RuntimeError) as e:
        print(type(e).__name__, e)
print(torch.tensor([[1, 2.5], [True, 0]]))
print(torch.tensor((1, 2)), torch.tensor(range(3)))
