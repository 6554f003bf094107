import numpy as np
import torch

t = torch.tensor([1., 2.])
print(np.exp(t))
print(np.sin(t), np.abs(-t), np.sqrt(torch.tensor(4.)))
print(np.add(t, t), np.add(t, 1))
print(np.greater(t, 1.5), np.isnan(t))
print(np.maximum(t, np.array([0., 3.])))
print(np.tanh(torch.tensor([1, 2])), np.negative(torch.tensor([1, 2])))
print(np.matmul(t, t), np.dot(t, t))
print(np.argmax(t), np.round(t * 1.26, 1), np.clip(t, 0, 1.5))
print(np.reshape(t, (2, 1)))
print(np.concatenate([t, t]), np.stack([t, t]).shape)
print(np.shape(t), np.allclose(t, np.array([1., 2.])))
print(np.array(t), np.array(t, dtype=np.float64), np.array([torch.tensor(1.), torch.tensor(2.)]))
print(np.exp(torch.tensor([1.], dtype=torch.float16)))
x = torch.tensor([1., 2.], requires_grad=True)
for make in (lambda: np.exp(x), lambda: x * a if False else x * np.ones(2), lambda: np.asarray(x)):
    try:
        make()
    except RuntimeError as e:
        print("RuntimeError:", e)
