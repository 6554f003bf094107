# Tamsayı bölmesi: /, //, torch.div ve rounding_mode
import torch

a = torch.tensor([7, -7, 9])
b = torch.tensor([2, 2, 4])
print("Gerçek bölme:", a / b)
print("Taban bölme (//):", a // b)
print("trunc:", torch.div(a, b, rounding_mode="trunc"))
print("floor:", torch.div(a, b, rounding_mode="floor"))
print("Kalan (%):", a % b, "fmod:", torch.fmod(a, b))
try:
    torch.div(a, b, rounding_mode="yuvarla")
except (RuntimeError, ValueError) as hata:
    print(type(hata).__name__, hata)
