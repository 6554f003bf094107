# Q: a numpy float64 array into a float32 model: "mat1 and mat2 must have the same dtype"; result_type rules.
import numpy as np
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
X = np.random.RandomState(0).rand(4, 3)
Xt = torch.from_numpy(X)
print(Xt.dtype)
try:
    model(Xt)
except RuntimeError as e:
    print(e)
print(model(Xt.float()).dtype, model(torch.tensor(X, dtype=torch.float32)).shape)
f32 = torch.ones(2)
print((f32 * np.float64(2.5)).dtype, (f32 * torch.tensor(2.5, dtype=torch.float64)).dtype)
print((f32 + torch.ones(2, dtype=torch.float64)).dtype)
print(torch.result_type(f32, 2.5), torch.result_type(torch.tensor([1]), 2.5))
print(torch.result_type(torch.tensor([1], dtype=torch.int32), torch.tensor(5)))
print(torch.promote_types(torch.int64, torch.float16), torch.can_cast(torch.float64, torch.int32))
y = torch.tensor([1.0, 2.0])
try:
    y.add_(torch.tensor([1.0, 2.0], dtype=torch.float64))
    print(y, y.dtype)
except RuntimeError as e:
    print(e)
z = torch.tensor([1, 2])
try:
    z.add_(torch.tensor([0.5, 0.5]))
except RuntimeError as e:
    print(e)
print(torch.tensor(np.array([1.5, 2.5], dtype=np.float32)).dtype, torch.as_tensor([1.5]).dtype)
