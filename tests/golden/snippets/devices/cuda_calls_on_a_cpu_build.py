# a notebook's GPU housekeeping run on a machine without CUDA
import torch
print(torch.cuda.memory_allocated(), torch.cuda.max_memory_allocated(0), torch.cuda.memory_reserved())
print(torch.cuda.empty_cache(), torch.cuda.memory_stats(), torch.cuda.is_bf16_supported(), torch.cuda.is_initialized())
print(torch.cuda.get_arch_list(), torch.cuda.get_rng_state_all(), repr(torch.cuda.get_gencode_flags()))
print(torch.cuda.seed(), torch.cuda.seed_all(), torch.cuda.set_rng_state(torch.zeros(1, dtype=torch.uint8)))
print(torch.cuda.memory_cached())
for call in (torch.cuda.get_device_name, torch.cuda.get_device_capability, torch.cuda.mem_get_info,
             torch.cuda.initial_seed, torch.cuda.get_rng_state, torch.cuda.init, torch.cuda.current_stream):
    try:
        call()
    except AssertionError as e:
        print(call.__name__, "->", e)
for call in (torch.cuda.reset_peak_memory_stats, lambda: torch.cuda.set_device(0), torch.cuda.memory_summary):
    try:
        call()
    except (AttributeError, KeyError) as e:
        print(type(e).__name__, e)
if torch.cuda.is_available():
    print(torch.cuda.get_device_name(0))
else:
    print("running on", torch.device("cpu"))
