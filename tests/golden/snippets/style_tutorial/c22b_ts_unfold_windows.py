import torch

series = torch.arange(10, dtype=torch.float32)
windows = series.unfold(0, 4, 1)
print(windows.shape)
print(windows[:3])
X, y = windows[:, :-1], windows[:, -1]
print(X.shape, y)
print(series.unfold(0, 3, 3))
print(windows.stride(), windows.is_contiguous())
