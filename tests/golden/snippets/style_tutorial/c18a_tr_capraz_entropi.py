# Çok sınıflı sınıflandırma: CrossEntropyLoss logit ister, softmax değil
import torch
import torch.nn.functional as F

logitler = torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 3.0]])
etiketler = torch.tensor([0, 2])
kayıp = F.cross_entropy(logitler, etiketler)
print(f"Çapraz entropi: {kayıp.item():.5f}")
olasılıklar = F.softmax(logitler, dim=1)
print("Olasılıklar:", olasılıklar)
elle = -torch.log(olasılıklar[torch.arange(2), etiketler]).mean()
print(f"Elle hesaplanan: {elle.item():.5f}")
print("Satır toplamları:", olasılıklar.sum(dim=1))
