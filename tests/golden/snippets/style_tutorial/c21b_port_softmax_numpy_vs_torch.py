# stable softmax written numpy-style vs F.softmax
import numpy as np
import torch
import torch.nn.functional as F

def np_softmax(z, axis=-1):
    z = z - z.max(axis=axis, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=axis, keepdims=True)

logits = np.array([[1.0, 2.0, 3.0], [1000.0, 1001.0, 1002.0]], dtype=np.float32)
ours = np_softmax(logits)
theirs = F.softmax(torch.from_numpy(logits), dim=-1)
print(ours)
print(theirs)
print(np.allclose(ours, theirs.numpy()))
print(torch.from_numpy(logits).exp())
