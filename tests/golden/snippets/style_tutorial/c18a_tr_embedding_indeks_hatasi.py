# Embedding'e sözlük dışı indeks verirsek
import torch
from torch import nn

torch.manual_seed(0)
gömme = nn.Embedding(num_embeddings=4, embedding_dim=2)
kelimeler = torch.tensor([0, 3, 1])
print(gömme(kelimeler))
try:
    gömme(torch.tensor([4]))
except IndexError as hata:
    print("Hata:", hata)
try:
    gömme(torch.tensor([1.0]))
except RuntimeError as hata:
    print("Hata:", hata)
