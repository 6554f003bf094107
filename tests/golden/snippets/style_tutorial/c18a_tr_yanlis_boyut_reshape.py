# Uyumsuz şekle reshape ve birden fazla -1 hatası
import torch

x = torch.arange(10)
for şekil in [(3, 4), (-1, -1), (2, -1), (5, 2)]:
    try:
        print(şekil, "->", tuple(x.reshape(şekil).shape))
    except RuntimeError as hata:
        print(şekil, "hata:", hata)
