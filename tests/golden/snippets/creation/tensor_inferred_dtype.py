import torch

for data in [[1, 2], [1.0, 2.0], [1, 2.5], [True, False], [True, 2], 3, 3.0, False]:
    t = torch.tensor(data)
    print(data, "->", t.dtype, tuple(t.shape))
