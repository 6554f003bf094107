# Gradyanlar birikir! Her adımda sıfırlamayı unutmayın
import torch

w = torch.tensor(1.5, requires_grad=True)
for adım in range(3):
    kayıp = (w * 4 - 2) ** 2
    kayıp.backward()
    print(f"Adım {adım}: gradyan = {w.grad.item()}")
w.grad.zero_()
kayıp = (w * 4 - 2) ** 2
kayıp.backward()
print(f"Sıfırladıktan sonra: {w.grad.item()}")
