# Tekrar üretilebilirlik: aynı tohum aynı sayıları verir, get_rng_state ile durum saklama
import torch

torch.manual_seed(123)
ilk = torch.rand(3)
durum = torch.get_rng_state()
sonraki = torch.randn(2)
torch.set_rng_state(durum)
tekrar = torch.randn(2)
print("İlk:", ilk)
print("Aynı mı?", torch.equal(sonraki, tekrar))
torch.manual_seed(123)
print("Tohum tekrar:", torch.equal(ilk, torch.rand(3)))
print("randint:", torch.randint(0, 10, (5,)), "randperm:", torch.randperm(5))
