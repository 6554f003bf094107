# Attention weights as a matrix: queries against keys, weights per row, and the effect of temperature.
import torch

torch.manual_seed(0)
keys = torch.arange(10, dtype=torch.float32).reshape(-1, 1)
queries = torch.tensor([[0.0], [2.5], [9.0]])
for temperature in (0.5, 1.0, 4.0):
    scores = -(queries - keys.T) ** 2 / (2 * temperature ** 2)
    weights = torch.softmax(scores, dim=1)
    print(f"temperature {temperature}")
    print(weights)
    print(weights.argmax(1), weights.max(1).values)
values = keys.squeeze(1) ** 2
print(weights @ values)
eye_weights = torch.eye(10).reshape((1, 1, 10, 10))
print(eye_weights.shape, eye_weights[0, 0].diagonal().sum())
q = torch.randn(2, 4)
k = torch.randn(6, 4)
w = (q @ k.T / 2).softmax(-1)
print(w.sum(-1), (w > 0.5).any(1))
