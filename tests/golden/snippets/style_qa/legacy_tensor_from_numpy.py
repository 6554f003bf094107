# Q: torch.Tensor(array) vs torch.tensor(array): the legacy constructor always makes float32.
import numpy as np
import torch

X_train = np.array([[1, 2], [3, 4]])
y_train = np.array([0.5, 1.5])
X = torch.Tensor(X_train)
y = torch.Tensor(y_train)
print(X, X.dtype)
print(y, y.dtype, torch.tensor(y_train).dtype)
print(torch.Tensor(range(3)), torch.tensor(range(3)), torch.Tensor((1, 2)))
print(torch.Tensor(2, 3).shape, torch.Tensor().shape)
for bad in [lambda: torch.Tensor(None), lambda: torch.Tensor([1.0, None]), lambda: torch.Tensor(2.5),
            lambda: torch.tensor(None), lambda: torch.tensor([1, None]), lambda: torch.tensor({'a': 1})]:
    try:
        bad()
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)
