# Serialization semantics: saved views keep sharing storage after loading; clone() saves only what is needed.
import io
import torch

numbers = torch.arange(1, 10)
evens = numbers[1::2]
buf = io.BytesIO()
torch.save([numbers, evens], buf)
buf.seek(0)
loaded_numbers, loaded_evens = torch.load(buf)
loaded_evens *= 2
print(loaded_numbers)
print(loaded_evens, loaded_evens.stride(), loaded_evens.storage_offset())
large = torch.arange(1, 1000)
small = large[0:5]
buf1, buf2 = io.BytesIO(), io.BytesIO()
torch.save(small, buf1)
torch.save(small.clone(), buf2)
print(len(buf1.getvalue()) > len(buf2.getvalue()))
buf2.seek(0)
loaded_small = torch.load(buf2)
print(loaded_small, loaded_small.untyped_storage().size())
buf1.seek(0)
print(torch.load(buf1).untyped_storage().size())
d = {"w": torch.ones(2, 2), "meta": {"step": 3, "names": ["a", "b"]}}
b3 = io.BytesIO()
torch.save(d, b3)
b3.seek(0)
print(torch.load(b3))
