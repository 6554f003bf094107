# NumPy'dan gelen float64 veri ile float32 model: tip uyuşmazlığı
import numpy as np
import torch
from torch import nn

np.random.seed(0)
veri = torch.from_numpy(np.random.rand(4, 3))
print("Verinin tipi:", veri.dtype)
model = nn.Linear(3, 1)
try:
    model(veri)
except RuntimeError as hata:
    print("Hata:", hata)
print("Düzeltilmiş çıktı şekli:", model(veri.float()).shape)
print("Model tipi:", next(model.parameters()).dtype)
