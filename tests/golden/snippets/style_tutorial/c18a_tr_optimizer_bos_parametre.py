# Optimizöre boş liste veya tensör olmayan şeyler vermek
import torch

try:
    torch.optim.SGD([], lr=0.1)
except ValueError as hata:
    print("ValueError:", hata)
try:
    torch.optim.Adam([torch.ones(2, requires_grad=True)], lr=-0.01)
except ValueError as hata:
    print("ValueError:", hata)
try:
    torch.optim.SGD(torch.ones(2, requires_grad=True), lr=0.1)
except TypeError as hata:
    print("TypeError:", hata)
